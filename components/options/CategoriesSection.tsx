// "What is marked": one checkbox per category of entity, each with what it covers.
import { CATEGORIES, type Category } from '../../core/settings';
import { t, type MessageKey } from '../../platform/i18n';
import type { SectionProps } from './section';

const LABELS: Record<Category, [MessageKey, MessageKey]> = {
  people: ['optionsCategoryPeople', 'optionsCategoryPeopleHint'],
  plans: ['optionsCategoryPlans', 'optionsCategoryPlansHint'],
  funds: ['optionsCategoryFunds', 'optionsCategoryFundsHint'],
  bodies: ['optionsCategoryBodies', 'optionsCategoryBodiesHint'],
  companies: ['optionsCategoryCompanies', 'optionsCategoryCompaniesHint'],
  measures: ['optionsCategoryMeasures', 'optionsCategoryMeasuresHint'],
  concepts: ['optionsCategoryConcepts', 'optionsCategoryConceptsHint'],
};

export function CategoriesSection({ settings, update }: SectionProps) {
  return (
    <fieldset class="pc-opt-section pc-opt-categories">
      <legend>{t('optionsCategoriesLegend')}</legend>
      <ul class="pc-opt-choices">
        {CATEGORIES.map((category) => {
          const [label, hint] = LABELS[category];
          return (
            <li key={category}>
              <label class="pc-choice">
                <input
                  type="checkbox"
                  name="category"
                  value={category}
                  checked={settings.categories[category]}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    void update((s) => ({ ...s, categories: { ...s.categories, [category]: on } }));
                  }}
                />
                <span>
                  <span class="pc-choice-label">{t(label)}</span>
                  <span class="pc-hint">{t(hint)}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
