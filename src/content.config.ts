import { defineCollection } from 'astro:content';
import { districtLoader, indicatorLoader, planLoader } from './loaders/plan-loader.ts';
import { DistrictSchema } from './schema/district.ts';
import { IndicatorSchema } from './schema/indicator.ts';
import { PlanFrontMatterSchema } from './schema/plan.ts';

export const collections = {
  plans: defineCollection({ loader: planLoader(), schema: PlanFrontMatterSchema }),
  districts: defineCollection({ loader: districtLoader(), schema: DistrictSchema }),
  indicators: defineCollection({ loader: indicatorLoader(), schema: IndicatorSchema }),
};
