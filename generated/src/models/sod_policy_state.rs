//! `SodPolicyState`, from `beta/schemas/SodPolicy.yaml`.
crate::string_enum! {
    #[doc = " Whether the policy is enforced or not."] pub enum SodPolicyState { #[doc =
    " `ENFORCED`"] Enforced = "ENFORCED", #[doc = " `NOT_ENFORCED`"] NotEnforced =
    "NOT_ENFORCED", }
}
