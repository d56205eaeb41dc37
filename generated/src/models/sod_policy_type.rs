//! `SodPolicyType`, from `beta/schemas/SodPolicy.yaml`.
crate::string_enum! {
    #[doc = " Whether a policy is query based or conflicting access based."] pub enum
    SodPolicyType { #[doc = " `GENERAL`"] General = "GENERAL", #[doc =
    " `CONFLICTING_ACCESS_BASED`"] ConflictingAccessBased = "CONFLICTING_ACCESS_BASED", }
}
