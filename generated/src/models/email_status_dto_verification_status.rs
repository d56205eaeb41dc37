//! `EmailStatusDtoVerificationStatus`, from `beta/schemas/EmailStatusDto.yaml`.
crate::string_enum! {
    #[doc = " The verification status of the sender address"] pub enum
    EmailStatusDtoVerificationStatus { #[doc = " `PENDING`"] Pending = "PENDING", #[doc =
    " `SUCCESS`"] Success = "SUCCESS", #[doc = " `FAILED`"] Failed = "FAILED", #[doc =
    " `NA`"] Na = "NA", }
}
