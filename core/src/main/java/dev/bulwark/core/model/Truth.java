package dev.bulwark.core.model;

/** Three-valued truth: a fact is definitely true, definitely false, or not known before deployment. */
public enum Truth {
  TRUE,
  FALSE,
  UNKNOWN
}
