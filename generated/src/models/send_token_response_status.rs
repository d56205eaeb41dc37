//! `SendTokenResponseStatus`, from `v3/schemas/SendTokenResponse.yaml`.
crate::string_enum! {
    #[doc = " Status of sending token"] pub enum SendTokenResponseStatus { #[doc =
    " `SUCCESS`"] Success = "SUCCESS", #[doc = " `FAILED`"] Failed = "FAILED", }
}
