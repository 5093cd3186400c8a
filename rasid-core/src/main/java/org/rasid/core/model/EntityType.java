package org.rasid.core.model;

/** Entity types of the output schema. */
public enum EntityType {
  /** People. */
  PER,
  /** Organizations: governments' ministries, agencies, parties, armed groups, companies, media. */
  ORG,
  /** Geographical places that are not political units: rivers, mountains, districts, regions. */
  LOC,
  /** Geo-political entities: countries, cities, capitals, provinces. */
  GPE,
  /** Nationalities and people groups: الروس، الأكراد، مسؤولون فرنسيون. */
  NORP,
  /** Other names: events, laws, products. */
  MISC
}
