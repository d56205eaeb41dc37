//! `SourcePasswordPoliciesInnerType`, from `beta/schemas/Source.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum SourcePasswordPoliciesInnerType
    { #[doc = " `PASSWORD_POLICY`"] PasswordPolicy = "PASSWORD_POLICY", }
}
