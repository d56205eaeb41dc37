//! `Roleminingsessiondto`, from `apis/iai-role-mining/schemas/roleminingsessiondto.yaml`.

use crate::models::{Roleminingroletype, Roleminingsessionscope};

/// `Roleminingsessiondto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleminingsessiondto {
    /// The scope of identities for this role mining session
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Roleminingsessionscope>,
    /// The prune threshold to be used or null to calculate prescribedPruneThreshold
    #[serde(rename = "pruneThreshold", skip_serializing_if = "Option::is_none")]
    pub prune_threshold: Option<i32>,
    /// The calculated prescribedPruneThreshold
    #[serde(
        rename = "prescribedPruneThreshold",
        skip_serializing_if = "Option::is_none"
    )]
    pub prescribed_prune_threshold: Option<i32>,
    /// Minimum number of identities in a potential role
    #[serde(
        rename = "minNumIdentitiesInPotentialRole",
        skip_serializing_if = "Option::is_none"
    )]
    pub min_num_identities_in_potential_role: Option<i32>,
    /// Number of potential roles
    #[serde(rename = "potentialRoleCount", skip_serializing_if = "Option::is_none")]
    pub potential_role_count: Option<i32>,
    /// Number of potential roles ready
    #[serde(
        rename = "potentialRolesReadyCount",
        skip_serializing_if = "Option::is_none"
    )]
    pub potential_roles_ready_count: Option<i32>,
    /// Role mining session type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Roleminingroletype>,
    /// The id of the user who will receive an email about the role mining session
    #[serde(rename = "emailRecipientId", skip_serializing_if = "Option::is_none")]
    pub email_recipient_id: Option<String>,
    /// Number of identities in the population which meet the search criteria or identity list provided
    #[serde(rename = "identityCount", skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    /// The session's saved status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved: Option<bool>,
    /// The session's saved name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleminingsessiondto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleminingsessiondto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleminingsessiondto {
    const NAME: &'static str = "Roleminingsessiondto";

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
            "scope" => self.scope = map.next_value()?,
            "pruneThreshold" => self.prune_threshold = map.next_value()?,
            "prescribedPruneThreshold" => {
                self.prescribed_prune_threshold = map.next_value()?;
            }
            "minNumIdentitiesInPotentialRole" => {
                self.min_num_identities_in_potential_role = map.next_value()?;
            }
            "potentialRoleCount" => self.potential_role_count = map.next_value()?,
            "potentialRolesReadyCount" => {
                self.potential_roles_ready_count = map.next_value()?;
            }
            "type" => self.r#type = map.next_value()?,
            "emailRecipientId" => {
                self.email_recipient_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "identityCount" => self.identity_count = map.next_value()?,
            "saved" => self.saved = map.next_value_seed(crate::lenient::FlagOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
