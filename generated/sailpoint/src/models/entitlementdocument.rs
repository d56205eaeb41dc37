//! `Entitlementdocument`, from `apis/search/schemas/entitlementdocument.yaml`.

use crate::models::{
    Basesegment, EntitlementdocumentManuallyUpdatedFields,
    EntitlementdocumentPermissionsInner, EntitlementdocumentSource, Tags,
};

/// Entitlement
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementdocument {
    /// ID of the referenced object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The human readable name of the referenced object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// ISO-8601 date-time referring to the time when the object was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synced: Option<String>,
    /// Entitlement's display name.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Entitlement's source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<EntitlementdocumentSource>,
    /// Segments with the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<Basesegment>>,
    /// Number of segments with the role.
    #[serde(rename = "segmentCount", skip_serializing_if = "Option::is_none")]
    pub segment_count: Option<i32>,
    /// Indicates whether the entitlement is requestable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requestable: Option<bool>,
    /// Indicates whether the entitlement is cloud governed.
    #[serde(rename = "cloudGoverned", skip_serializing_if = "Option::is_none")]
    pub cloud_governed: Option<bool>,
    /// ISO-8601 date-time referring to the time when the object was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Indicates whether the entitlement is privileged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Tags>,
    /// Attribute information for the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// Value of the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Source schema object type of the entitlement.
    #[serde(rename = "sourceSchemaObjectType", skip_serializing_if = "Option::is_none")]
    pub source_schema_object_type: Option<String>,
    /// Schema type of the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Read-only calculated hash value of an entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
    /// Attributes of the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Truncated attributes of the entitlement.
    #[serde(rename = "truncatedAttributes", skip_serializing_if = "Option::is_none")]
    pub truncated_attributes: Option<Vec<String>>,
    /// Indicates whether the entitlement contains data access.
    #[serde(rename = "containsDataAccess", skip_serializing_if = "Option::is_none")]
    pub contains_data_access: Option<bool>,
    /// Indicates whether the entitlement's display name and/or description have been manually updated.
    #[serde(rename = "manuallyUpdatedFields", skip_serializing_if = "Option::is_none")]
    pub manually_updated_fields: Option<EntitlementdocumentManuallyUpdatedFields>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<EntitlementdocumentPermissionsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementdocument {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Entitlementdocument {
            id: id.into(),
            name: name.into(),
            modified: None,
            synced: None,
            display_name: None,
            source: None,
            segments: None,
            segment_count: None,
            requestable: None,
            cloud_governed: None,
            created: None,
            privileged: None,
            tags: None,
            attribute: None,
            value: None,
            source_schema_object_type: None,
            schema: None,
            hash: None,
            attributes: None,
            truncated_attributes: None,
            contains_data_access: None,
            manually_updated_fields: None,
            permissions: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementdocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementdocument {
    const NAME: &'static str = "Entitlementdocument";

    #[inline]
    fn empty() -> Self {
        Entitlementdocument {
            id: Default::default(),
            name: Default::default(),
            modified: None,
            synced: None,
            display_name: None,
            source: None,
            segments: None,
            segment_count: None,
            requestable: None,
            cloud_governed: None,
            created: None,
            privileged: None,
            tags: None,
            attribute: None,
            value: None,
            source_schema_object_type: None,
            schema: None,
            hash: None,
            attributes: None,
            truncated_attributes: None,
            contains_data_access: None,
            manually_updated_fields: None,
            permissions: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "synced" => self.synced = map.next_value_seed(crate::lenient::TextOption)?,
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "source" => self.source = map.next_value()?,
            "segments" => self.segments = map.next_value()?,
            "segmentCount" => self.segment_count = map.next_value()?,
            "requestable" => {
                self.requestable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "cloudGoverned" => {
                self.cloud_governed = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "privileged" => {
                self.privileged = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "tags" => self.tags = map.next_value()?,
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "sourceSchemaObjectType" => {
                self.source_schema_object_type = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "schema" => self.schema = map.next_value_seed(crate::lenient::TextOption)?,
            "hash" => self.hash = map.next_value_seed(crate::lenient::TextOption)?,
            "attributes" => self.attributes = map.next_value()?,
            "truncatedAttributes" => self.truncated_attributes = map.next_value()?,
            "containsDataAccess" => {
                self.contains_data_access = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "manuallyUpdatedFields" => self.manually_updated_fields = map.next_value()?,
            "permissions" => self.permissions = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
