//! `AdditionalOwnerRefType`, from `v3/schemas/access/AdditionalOwnerRef.yaml`.
crate::string_enum! {
    #[doc =
    " Type of the additional owner; IDENTITY for an identity, GOVERNANCE_GROUP for a governance group."]
    pub enum AdditionalOwnerRefType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", #[doc
    = " `GOVERNANCE_GROUP`"] GovernanceGroup = "GOVERNANCE_GROUP", }
}
