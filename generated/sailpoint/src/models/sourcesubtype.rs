//! `Sourcesubtype`, from `apis/machine-accounts/schemas/sourcesubtype.yaml`.

/// `Sourcesubtype` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourcesubtype {
    /// Unique identifier for the subtype.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the source.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Technical name of the subtype.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "technicalName")]
    pub technical_name: String,
    /// Display name of the subtype.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// Description of the subtype.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// Creation timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modified timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Type of the subtype. Either MACHINE OR null.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourcesubtype {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        technical_name: impl Into<String>,
        display_name: impl Into<String>,
        description: impl Into<String>,
    ) -> Self {
        Sourcesubtype {
            id: None,
            source_id: None,
            technical_name: technical_name.into(),
            display_name: display_name.into(),
            description: description.into(),
            created: None,
            modified: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Sourcesubtype {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourcesubtype {
    const NAME: &'static str = "Sourcesubtype";

    #[inline]
    fn empty() -> Self {
        Sourcesubtype {
            id: None,
            source_id: None,
            technical_name: Default::default(),
            display_name: Default::default(),
            description: Default::default(),
            created: None,
            modified: None,
            r#type: None,
            additional_properties: Default::default(),
        }
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
                self.technical_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
