//! `Identitycertdecisionsummary`, from `apis/certification-summaries/schemas/identitycertdecisionsummary.yaml`.

/// `Identitycertdecisionsummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identitycertdecisionsummary {
    /// Number of entitlement decisions that have been made
    #[serde(
        rename = "entitlementDecisionsMade",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_decisions_made: Option<i32>,
    /// Number of access profile decisions that have been made
    #[serde(
        rename = "accessProfileDecisionsMade",
        skip_serializing_if = "Option::is_none"
    )]
    pub access_profile_decisions_made: Option<i32>,
    /// Number of role decisions that have been made
    #[serde(rename = "roleDecisionsMade", skip_serializing_if = "Option::is_none")]
    pub role_decisions_made: Option<i32>,
    /// Number of account decisions that have been made
    #[serde(rename = "accountDecisionsMade", skip_serializing_if = "Option::is_none")]
    pub account_decisions_made: Option<i32>,
    /// The total number of entitlement decisions on the certification, both complete and incomplete
    #[serde(
        rename = "entitlementDecisionsTotal",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_decisions_total: Option<i32>,
    /// The total number of access profile decisions on the certification, both complete and incomplete
    #[serde(
        rename = "accessProfileDecisionsTotal",
        skip_serializing_if = "Option::is_none"
    )]
    pub access_profile_decisions_total: Option<i32>,
    /// The total number of role decisions on the certification, both complete and incomplete
    #[serde(rename = "roleDecisionsTotal", skip_serializing_if = "Option::is_none")]
    pub role_decisions_total: Option<i32>,
    /// The total number of account decisions on the certification, both complete and incomplete
    #[serde(rename = "accountDecisionsTotal", skip_serializing_if = "Option::is_none")]
    pub account_decisions_total: Option<i32>,
    /// The number of entitlement decisions that have been made which were approved
    #[serde(rename = "entitlementsApproved", skip_serializing_if = "Option::is_none")]
    pub entitlements_approved: Option<i32>,
    /// The number of entitlement decisions that have been made which were revoked
    #[serde(rename = "entitlementsRevoked", skip_serializing_if = "Option::is_none")]
    pub entitlements_revoked: Option<i32>,
    /// The number of access profile decisions that have been made which were approved
    #[serde(rename = "accessProfilesApproved", skip_serializing_if = "Option::is_none")]
    pub access_profiles_approved: Option<i32>,
    /// The number of access profile decisions that have been made which were revoked
    #[serde(rename = "accessProfilesRevoked", skip_serializing_if = "Option::is_none")]
    pub access_profiles_revoked: Option<i32>,
    /// The number of role decisions that have been made which were approved
    #[serde(rename = "rolesApproved", skip_serializing_if = "Option::is_none")]
    pub roles_approved: Option<i32>,
    /// The number of role decisions that have been made which were revoked
    #[serde(rename = "rolesRevoked", skip_serializing_if = "Option::is_none")]
    pub roles_revoked: Option<i32>,
    /// The number of account decisions that have been made which were approved
    #[serde(rename = "accountsApproved", skip_serializing_if = "Option::is_none")]
    pub accounts_approved: Option<i32>,
    /// The number of account decisions that have been made which were revoked
    #[serde(rename = "accountsRevoked", skip_serializing_if = "Option::is_none")]
    pub accounts_revoked: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identitycertdecisionsummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identitycertdecisionsummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identitycertdecisionsummary {
    const NAME: &'static str = "Identitycertdecisionsummary";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "entitlementDecisionsMade" => {
                self.entitlement_decisions_made = map.next_value()?;
            }
            "accessProfileDecisionsMade" => {
                self.access_profile_decisions_made = map.next_value()?;
            }
            "roleDecisionsMade" => self.role_decisions_made = map.next_value()?,
            "accountDecisionsMade" => self.account_decisions_made = map.next_value()?,
            "entitlementDecisionsTotal" => {
                self.entitlement_decisions_total = map.next_value()?;
            }
            "accessProfileDecisionsTotal" => {
                self.access_profile_decisions_total = map.next_value()?;
            }
            "roleDecisionsTotal" => self.role_decisions_total = map.next_value()?,
            "accountDecisionsTotal" => self.account_decisions_total = map.next_value()?,
            "entitlementsApproved" => self.entitlements_approved = map.next_value()?,
            "entitlementsRevoked" => self.entitlements_revoked = map.next_value()?,
            "accessProfilesApproved" => self.access_profiles_approved = map.next_value()?,
            "accessProfilesRevoked" => self.access_profiles_revoked = map.next_value()?,
            "rolesApproved" => self.roles_approved = map.next_value()?,
            "rolesRevoked" => self.roles_revoked = map.next_value()?,
            "accountsApproved" => self.accounts_approved = map.next_value()?,
            "accountsRevoked" => self.accounts_revoked = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
