//! `TokenAuthResponseStatus`, from `v3/schemas/TokenAuthResponse.yaml`.
crate::string_enum! {
    #[doc = " MFA Authentication status"] pub enum TokenAuthResponseStatus { #[doc =
    " `PENDING`"] Pending = "PENDING", #[doc = " `SUCCESS`"] Success = "SUCCESS", #[doc =
    " `FAILED`"] Failed = "FAILED", #[doc = " `LOCKOUT`"] Lockout = "LOCKOUT", #[doc =
    " `NOT_ENOUGH_DATA`"] NotEnoughData = "NOT_ENOUGH_DATA", }
}
