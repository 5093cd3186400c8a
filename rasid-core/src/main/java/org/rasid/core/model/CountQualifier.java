package org.rasid.core.model;

/** How exact a casualty count is. */
public enum CountQualifier {
  EXACT,
  /** أكثر من 100، ما لا يقل عن 50. */
  AT_LEAST,
  /** نحو، حوالي، قرابة. */
  ABOUT,
  /** أقل من، ما لا يزيد عن. */
  AT_MOST
}
