//! `ViolationContextPolicyType`, from `beta/schemas/sod/models/ViolationContext.yaml`.
crate::string_enum! {
    #[doc = " The type of object supported for SOD policy violations."] pub enum
    ViolationContextPolicyType { #[doc = " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
