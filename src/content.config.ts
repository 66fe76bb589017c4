import { defineCollection } from 'astro:content';
import { districtLoader, planLoader } from './loaders/plan-loader.ts';
import { DistrictSchema } from './schema/district.ts';
import { PlanFrontMatterSchema } from './schema/plan.ts';

export const collections = {
  plans: defineCollection({ loader: planLoader(), schema: PlanFrontMatterSchema }),
  districts: defineCollection({ loader: districtLoader(), schema: DistrictSchema }),
};
