//! `Roleminingpotentialrole`, from `apis/iai-role-mining/schemas/roleminingpotentialrole.yaml`.

use crate::models::{
    Roleminingidentitydistribution, RoleminingpotentialroleCreatedBy,
    RoleminingpotentialrolePotentialRoleRef, Roleminingpotentialroleprovisionstate,
    Roleminingroletype, Roleminingsessionparametersdto,
};

/// `Roleminingpotentialrole` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleminingpotentialrole {
    /// The session created by details
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<RoleminingpotentialroleCreatedBy>,
    /// The density of a potential role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub density: Option<i32>,
    /// The description of a potential role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The number of entitlements in a potential role.
    #[serde(rename = "entitlementCount", skip_serializing_if = "Option::is_none")]
    pub entitlement_count: Option<i32>,
    /// The list of entitlement ids to be excluded.
    #[serde(rename = "excludedEntitlements", skip_serializing_if = "Option::is_none")]
    pub excluded_entitlements: Option<Vec<String>>,
    /// The freshness of a potential role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freshness: Option<i32>,
    /// The number of identities in a potential role.
    #[serde(rename = "identityCount", skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    /// Identity attribute distribution.
    #[serde(rename = "identityDistribution", skip_serializing_if = "Option::is_none")]
    pub identity_distribution: Option<Vec<Roleminingidentitydistribution>>,
    /// The list of ids in a potential role.
    #[serde(rename = "identityIds", skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
    /// The status for this identity group which can be OBTAINED or COMPRESSED
    #[serde(rename = "identityGroupStatus", skip_serializing_if = "Option::is_none")]
    pub identity_group_status: Option<String>,
    /// Name of the potential role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The potential role reference
    #[serde(rename = "potentialRoleRef", skip_serializing_if = "Option::is_none")]
    pub potential_role_ref: Option<RoleminingpotentialrolePotentialRoleRef>,
    #[serde(rename = "provisionState", skip_serializing_if = "Option::is_none")]
    pub provision_state: Option<Roleminingpotentialroleprovisionstate>,
    /// The quality of a potential role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<i32>,
    /// The roleId of a potential role.
    #[serde(rename = "roleId", skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// The potential role's saved status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved: Option<bool>,
    /// The session parameters of the potential role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<Roleminingsessionparametersdto>,
    /// Role mining potential type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Roleminingroletype>,
    /// Id of the potential role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The date-time when this potential role was created.
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date-time when this potential role was modified.
    #[serde(rename = "modifiedDate", skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleminingpotentialrole {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleminingpotentialrole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleminingpotentialrole {
    const NAME: &'static str = "Roleminingpotentialrole";

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
            "createdBy" => self.created_by = map.next_value()?,
            "density" => self.density = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "entitlementCount" => self.entitlement_count = map.next_value()?,
            "excludedEntitlements" => self.excluded_entitlements = map.next_value()?,
            "freshness" => self.freshness = map.next_value()?,
            "identityCount" => self.identity_count = map.next_value()?,
            "identityDistribution" => self.identity_distribution = map.next_value()?,
            "identityIds" => self.identity_ids = map.next_value()?,
            "identityGroupStatus" => {
                self.identity_group_status = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "potentialRoleRef" => self.potential_role_ref = map.next_value()?,
            "provisionState" => self.provision_state = map.next_value()?,
            "quality" => self.quality = map.next_value()?,
            "roleId" => self.role_id = map.next_value_seed(crate::lenient::TextOption)?,
            "saved" => self.saved = map.next_value_seed(crate::lenient::FlagOption)?,
            "session" => self.session = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "createdDate" => {
                self.created_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "modifiedDate" => {
                self.modified_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
