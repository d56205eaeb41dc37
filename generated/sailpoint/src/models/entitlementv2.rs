//! `Entitlementv2`, from `apis/entitlements/schemas/entitlementv2.yaml`.

use crate::models::{
    Entitlementprivilegelevel, Entitlementv2AccessModelMetadata, Entitlementv2Owner,
    Entitlementv2Source, Permissiondto,
};

/// `Entitlementv2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementv2 {
    /// The entitlement id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entitlement name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The entitlement attribute name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// The value of the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The object type of the entitlement from the source schema
    #[serde(rename = "sourceSchemaObjectType", skip_serializing_if = "Option::is_none")]
    pub source_schema_object_type: Option<String>,
    /// The description of the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "privilegeLevel", skip_serializing_if = "Option::is_none")]
    pub privilege_level: Option<Entitlementprivilegelevel>,
    /// List of tags assigned to the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// True if the entitlement is cloud governed
    #[serde(rename = "cloudGoverned", skip_serializing_if = "Option::is_none")]
    pub cloud_governed: Option<bool>,
    /// True if the entitlement is able to be directly requested
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requestable: Option<bool>,
    /// The identity that owns the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Entitlementv2Owner>,
    /// A map of entitlement fields that have been manually updated. The key is the field name in UPPER_SNAKE_CASE format, and the value is true or false to indicate if the field has been updated.
    #[serde(rename = "manuallyUpdatedFields", skip_serializing_if = "Option::is_none")]
    pub manually_updated_fields: Option<serde_json::Map<String, serde_json::Value>>,
    /// Additional data to classify the entitlement
    #[serde(rename = "accessModelMetadata", skip_serializing_if = "Option::is_none")]
    pub access_model_metadata: Option<Entitlementv2AccessModelMetadata>,
    /// Time when the entitlement was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when the entitlement was last modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Entitlementv2Source>,
    /// A map of free-form key-value pairs from the source system
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// List of IDs of segments, if any, to which this Entitlement is assigned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<String>>,
    #[serde(rename = "directPermissions", skip_serializing_if = "Option::is_none")]
    pub direct_permissions: Option<Vec<Permissiondto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementv2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementv2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementv2 {
    const NAME: &'static str = "Entitlementv2";

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
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "sourceSchemaObjectType" => {
                self.source_schema_object_type = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "privilegeLevel" => self.privilege_level = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            "cloudGoverned" => {
                self.cloud_governed = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "requestable" => {
                self.requestable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "manuallyUpdatedFields" => self.manually_updated_fields = map.next_value()?,
            "accessModelMetadata" => self.access_model_metadata = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "source" => self.source = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            "segments" => self.segments = map.next_value()?,
            "directPermissions" => self.direct_permissions = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
