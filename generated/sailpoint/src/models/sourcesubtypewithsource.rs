//! `Sourcesubtypewithsource`, from `apis/machine-account-subtypes/schemas/sourcesubtypewithsource.yaml`.

use crate::models::SourcesubtypewithsourceSource;

/// `Sourcesubtypewithsource` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourcesubtypewithsource {
    /// Unique identifier for the subtype.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the source.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Technical name of the subtype.
    #[serde(rename = "technicalName", skip_serializing_if = "Option::is_none")]
    pub technical_name: Option<String>,
    /// Display name of the subtype.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Description of the subtype.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Creation timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modified timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Type of the subtype. Either MACHINE OR null.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Source reference of the subtype.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<SourcesubtypewithsourceSource>,
    /// Indicates if the subtype is managed by the system.
    #[serde(rename = "systemManaged", skip_serializing_if = "Option::is_none")]
    pub system_managed: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourcesubtypewithsource {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sourcesubtypewithsource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourcesubtypewithsource {
    const NAME: &'static str = "Sourcesubtypewithsource";

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
            "technicalName" => {
                self.technical_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "source" => self.source = map.next_value()?,
            "systemManaged" => {
                self.system_managed = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
