package com.wekruit.valet.scaling;

/** What a decision asks for. {@code STEP_UP} is one size up for vertical (disruptive) triggers. */
public enum ScaleAction { NONE, SCALE_UP, SCALE_DOWN, STEP_UP }
