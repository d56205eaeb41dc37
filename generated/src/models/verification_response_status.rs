//! `VerificationResponseStatus`, from `v3/schemas/VerificationResponse.yaml`.
crate::string_enum! {
    #[doc = " MFA Authentication status"] pub enum VerificationResponseStatus { #[doc =
    " `PENDING`"] Pending = "PENDING", #[doc = " `SUCCESS`"] Success = "SUCCESS", #[doc =
    " `FAILED`"] Failed = "FAILED", #[doc = " `LOCKOUT`"] Lockout = "LOCKOUT", #[doc =
    " `NOT_ENOUGH_DATA`"] NotEnoughData = "NOT_ENOUGH_DATA", }
}
