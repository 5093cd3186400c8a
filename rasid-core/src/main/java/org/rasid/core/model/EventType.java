package org.rasid.core.model;

/** Event types of the output schema, each with its default CAMEO root code. */
public enum EventType {
  STATEMENT("010"),
  APPEAL("020"),
  DEMAND("100"),
  CONDEMN("122"),
  REJECT("120"),
  VETO("1246"),
  MEET("040"),
  VISIT("042"),
  AGREE("057"),
  AID("070"),
  RESOLUTION("036"),
  SANCTION("163"),
  WITHDRAW_AMBASSADOR("161"),
  WALKOUT("1121"),
  DEFECT("1322"),
  CEASEFIRE("0871"),
  PROTEST("140"),
  ATTACK("190"),
  KILL("1823"),
  ARREST("173"),
  OTHER(null);

  private final String cameo;

  EventType(String cameo) {
    this.cameo = cameo;
  }

  /** Default CAMEO code of this type (null for OTHER). */
  public String cameo() {
    return cameo;
  }
}
