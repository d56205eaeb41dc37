//! `Roleminingpotentialrolesummary`, from `apis/iai-role-mining/schemas/roleminingpotentialrolesummary.yaml`.

use crate::models::{
    Roleminingpotentialroleprovisionstate, Roleminingpotentialroleref,
    RoleminingpotentialrolesummaryCreatedBy, Roleminingroletype,
    Roleminingsessionparametersdto,
};

/// `Roleminingpotentialrolesummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleminingpotentialrolesummary {
    /// Id of the potential role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the potential role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Details about the potential role
    #[serde(rename = "potentialRoleRef", skip_serializing_if = "Option::is_none")]
    pub potential_role_ref: Option<Roleminingpotentialroleref>,
    /// The number of identities in a potential role.
    #[serde(rename = "identityCount", skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    /// The number of entitlements in a potential role.
    #[serde(rename = "entitlementCount", skip_serializing_if = "Option::is_none")]
    pub entitlement_count: Option<i32>,
    /// The status for this identity group which can be "REQUESTED" or "OBTAINED"
    #[serde(rename = "identityGroupStatus", skip_serializing_if = "Option::is_none")]
    pub identity_group_status: Option<String>,
    /// The status of provisioning for this potential role. Can be "POTENTIAL", "PENDING", "FAILED", or "COMPLETE".
    #[serde(rename = "provisionState", skip_serializing_if = "Option::is_none")]
    pub provision_state: Option<Roleminingpotentialroleprovisionstate>,
    /// ID of the provisioned role in IIQ or IDN.  Null if this potential role has not been provisioned.
    #[serde(rename = "roleId", skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// The density metric (0-100) of this potential role. Higher density values indicate higher similarity amongst the identities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub density: Option<i32>,
    /// The freshness metric (0-100) of this potential role. Higher freshness values indicate this potential role is more distinctive compared to existing roles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freshness: Option<i32>,
    /// The quality metric (0-100) of this potential role. Higher quality values indicate this potential role has high density and freshness.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<i32>,
    /// Role mining potential type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Roleminingroletype>,
    /// The potential role created by details
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<RoleminingpotentialrolesummaryCreatedBy>,
    /// The date-time when this potential role was created.
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The potential role's saved status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved: Option<bool>,
    /// Description of the potential role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The session parameters of the potential role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<Roleminingsessionparametersdto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleminingpotentialrolesummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleminingpotentialrolesummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleminingpotentialrolesummary {
    const NAME: &'static str = "Roleminingpotentialrolesummary";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "potentialRoleRef" => self.potential_role_ref = map.next_value()?,
            "identityCount" => self.identity_count = map.next_value()?,
            "entitlementCount" => self.entitlement_count = map.next_value()?,
            "identityGroupStatus" => {
                self.identity_group_status = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "provisionState" => self.provision_state = map.next_value()?,
            "roleId" => self.role_id = map.next_value_seed(crate::lenient::TextOption)?,
            "density" => self.density = map.next_value()?,
            "freshness" => self.freshness = map.next_value()?,
            "quality" => self.quality = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "createdBy" => self.created_by = map.next_value()?,
            "createdDate" => {
                self.created_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "saved" => self.saved = map.next_value_seed(crate::lenient::FlagOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "session" => self.session = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
