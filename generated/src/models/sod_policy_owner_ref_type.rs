//! `SodPolicyOwnerRefType`, from `beta/schemas/SodPolicy.yaml`.
crate::string_enum! {
    #[doc = " Owner type."] pub enum SodPolicyOwnerRefType { #[doc = " `IDENTITY`"]
    Identity = "IDENTITY", #[doc = " `GOVERNANCE_GROUP`"] GovernanceGroup =
    "GOVERNANCE_GROUP", }
}
