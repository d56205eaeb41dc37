//! `ConnectorRuleValidationResponseState`, from `beta/schemas/ConnectorRuleValidationResponse.yaml`.
crate::string_enum! {
    #[doc = " `ConnectorRuleValidationResponseState` as the spec defines it."] pub enum
    ConnectorRuleValidationResponseState { #[doc = " `OK`"] Ok = "OK", #[doc =
    " `ERROR`"] Error = "ERROR", }
}
