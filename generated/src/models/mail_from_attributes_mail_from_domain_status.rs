//! `MailFromAttributesMailFromDomainStatus`, from `beta/schemas/MailFromAttributes.yaml`.
crate::string_enum! {
    #[doc = " The current status of the MAIL FROM verification"] pub enum
    MailFromAttributesMailFromDomainStatus { #[doc = " `PENDING`"] Pending = "PENDING",
    #[doc = " `SUCCESS`"] Success = "SUCCESS", #[doc = " `FAILED`"] Failed = "FAILED", }
}
