//! `MultiHostSourcesPasswordPoliciesInnerType`, from `beta/schemas/MultiHostSources.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    MultiHostSourcesPasswordPoliciesInnerType { #[doc = " `PASSWORD_POLICY`"]
    PasswordPolicy = "PASSWORD_POLICY", }
}
