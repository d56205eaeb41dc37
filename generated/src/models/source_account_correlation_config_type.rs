//! `SourceAccountCorrelationConfigType`, from `beta/schemas/Source.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    SourceAccountCorrelationConfigType { #[doc = " `ACCOUNT_CORRELATION_CONFIG`"]
    AccountCorrelationConfig = "ACCOUNT_CORRELATION_CONFIG", }
}
