//! `Schema`, from `apis/sources/schemas/schema.yaml`.

use crate::models::{Attributedefinition, SourcesSourcefeature};

/// `Schema` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Schema {
    /// The id of the Schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the Schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The name of the object type on the native system that the schema represents.
    #[serde(rename = "nativeObjectType", skip_serializing_if = "Option::is_none")]
    pub native_object_type: Option<String>,
    /// The name of the attribute used to calculate the unique identifier for an object in the schema.
    #[serde(rename = "identityAttribute", skip_serializing_if = "Option::is_none")]
    pub identity_attribute: Option<String>,
    /// The name of the attribute used to calculate the display value for an object in the schema.
    #[serde(rename = "displayAttribute", skip_serializing_if = "Option::is_none")]
    pub display_attribute: Option<String>,
    /// The name of the attribute whose values represent other objects in a hierarchy. Only relevant to group schemas.
    #[serde(rename = "hierarchyAttribute", skip_serializing_if = "Option::is_none")]
    pub hierarchy_attribute: Option<String>,
    /// Flag indicating whether or not the include permissions with the object data when aggregating the schema.
    #[serde(rename = "includePermissions", skip_serializing_if = "Option::is_none")]
    pub include_permissions: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub features: Option<SourcesSourcefeature>,
    /// Holds any extra configuration data that the schema may require.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configuration: Option<serde_json::Map<String, serde_json::Value>>,
    /// The attribute definitions which form the schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attributedefinition>>,
    /// The date the Schema was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date the Schema was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Schema {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Schema {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Schema {
    const NAME: &'static str = "Schema";

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
            "nativeObjectType" => {
                self.native_object_type = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "identityAttribute" => {
                self.identity_attribute = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "displayAttribute" => {
                self.display_attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "hierarchyAttribute" => {
                self.hierarchy_attribute = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "includePermissions" => {
                self.include_permissions = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "features" => self.features = map.next_value()?,
            "configuration" => self.configuration = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
