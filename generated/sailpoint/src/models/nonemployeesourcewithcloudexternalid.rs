//! `Nonemployeesourcewithcloudexternalid`, from `apis/non-employee-lifecycle-management/schemas/nonemployeesourcewithcloudexternalid.yaml`.

use crate::models::Nonemployeeidentityreferencewithid;

/// `Nonemployeesourcewithcloudexternalid` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nonemployeesourcewithcloudexternalid {
    /// Non-Employee source id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Source Id associated with this non-employee source.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Source name associated with this non-employee source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Source description associated with this non-employee source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// List of approvers
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approvers: Option<Vec<Nonemployeeidentityreferencewithid>>,
    /// List of account managers
    #[serde(rename = "accountManagers", skip_serializing_if = "Option::is_none")]
    pub account_managers: Option<Vec<Nonemployeeidentityreferencewithid>>,
    /// When the request was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// When the request was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Legacy ID used for sources from the V1 API. This attribute will be removed from a future version of the API and will not be considered a breaking change. No clients should rely on this ID always being present.
    #[serde(rename = "cloudExternalId", skip_serializing_if = "Option::is_none")]
    pub cloud_external_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nonemployeesourcewithcloudexternalid {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Nonemployeesourcewithcloudexternalid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nonemployeesourcewithcloudexternalid {
    const NAME: &'static str = "Nonemployeesourcewithcloudexternalid";

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
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "approvers" => self.approvers = map.next_value()?,
            "accountManagers" => self.account_managers = map.next_value()?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "cloudExternalId" => {
                self.cloud_external_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
