//! `Roleminingsessionresponse`, from `apis/iai-role-mining/schemas/roleminingsessionresponse.yaml`.

use crate::models::{
    Roleminingroletype, RoleminingsessionresponseCreatedBy, Roleminingsessionscope,
    Roleminingsessionstatus,
};

/// `Roleminingsessionresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleminingsessionresponse {
    /// The scope of identities for this role mining session
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Roleminingsessionscope>,
    /// Minimum number of identities in a potential role
    #[serde(
        rename = "minNumIdentitiesInPotentialRole",
        skip_serializing_if = "Option::is_none"
    )]
    pub min_num_identities_in_potential_role: Option<i64>,
    /// The scoping method of the role mining session
    #[serde(rename = "scopingMethod", skip_serializing_if = "Option::is_none")]
    pub scoping_method: Option<String>,
    /// The computed (or prescribed) prune threshold for this session
    #[serde(
        rename = "prescribedPruneThreshold",
        skip_serializing_if = "Option::is_none"
    )]
    pub prescribed_prune_threshold: Option<i64>,
    /// The prune threshold to be used for this role mining session
    #[serde(rename = "pruneThreshold", skip_serializing_if = "Option::is_none")]
    pub prune_threshold: Option<i64>,
    /// The number of potential roles
    #[serde(rename = "potentialRoleCount", skip_serializing_if = "Option::is_none")]
    pub potential_role_count: Option<i64>,
    /// The number of potential roles which have completed processing
    #[serde(
        rename = "potentialRolesReadyCount",
        skip_serializing_if = "Option::is_none"
    )]
    pub potential_roles_ready_count: Option<i64>,
    /// The role mining session status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Roleminingsessionstatus>,
    /// The id of the user who will receive an email about the role mining session
    #[serde(rename = "emailRecipientId", skip_serializing_if = "Option::is_none")]
    pub email_recipient_id: Option<String>,
    /// The session created by details
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<RoleminingsessionresponseCreatedBy>,
    /// The number of identities
    #[serde(rename = "identityCount", skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i64>,
    /// The session's saved status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved: Option<bool>,
    /// The session's saved name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The data file path of the role mining session
    #[serde(rename = "dataFilePath", skip_serializing_if = "Option::is_none")]
    pub data_file_path: Option<String>,
    /// Session Id for this role mining session
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The date-time when this role mining session was created.
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date-time when this role mining session was completed.
    #[serde(rename = "modifiedDate", skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Role mining session type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Roleminingroletype>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleminingsessionresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleminingsessionresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleminingsessionresponse {
    const NAME: &'static str = "Roleminingsessionresponse";

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
            "minNumIdentitiesInPotentialRole" => {
                self.min_num_identities_in_potential_role = map.next_value()?;
            }
            "scopingMethod" => {
                self.scoping_method = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "prescribedPruneThreshold" => {
                self.prescribed_prune_threshold = map.next_value()?;
            }
            "pruneThreshold" => self.prune_threshold = map.next_value()?,
            "potentialRoleCount" => self.potential_role_count = map.next_value()?,
            "potentialRolesReadyCount" => {
                self.potential_roles_ready_count = map.next_value()?;
            }
            "status" => self.status = map.next_value()?,
            "emailRecipientId" => {
                self.email_recipient_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "createdBy" => self.created_by = map.next_value()?,
            "identityCount" => self.identity_count = map.next_value()?,
            "saved" => self.saved = map.next_value_seed(crate::lenient::FlagOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "dataFilePath" => {
                self.data_file_path = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "createdDate" => {
                self.created_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "modifiedDate" => {
                self.modified_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "type" => self.r#type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
