//! `PreDefinedSelectOption`, from `beta/schemas/forms/PreDefinedSelectOption.yaml`.

/// PreDefinedSelectOption pre-defined select options
pub type PreDefinedSelectOption = String;
