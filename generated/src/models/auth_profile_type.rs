//! `AuthProfileType`, from `beta/schemas/AuthProfile.yaml`.
crate::string_enum! {
    #[doc = " Type of the Authentication Profile."] pub enum AuthProfileType { #[doc =
    " `BLOCK`"] Block = "BLOCK", #[doc = " `MFA`"] Mfa = "MFA", #[doc = " `NON_PTA`"]
    NonPta = "NON_PTA", #[doc = " `PTA`"] Pta = "PTA", }
}
