//! `MultiHostSourcesAccountCorrelationConfigType`, from `beta/schemas/MultiHostSources.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    MultiHostSourcesAccountCorrelationConfigType { #[doc =
    " `ACCOUNT_CORRELATION_CONFIG`"] AccountCorrelationConfig =
    "ACCOUNT_CORRELATION_CONFIG", }
}
