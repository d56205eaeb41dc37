//! `SourceAccountDeleted`, from `beta/schemas/trigger/example-input/SourceAccountDeleted.yaml`.

/// `SourceAccountDeleted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SourceAccountDeleted {
    /// Identity's universal unique identifier (UUID) on the source. The source system generates the UUID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub uuid: String,
    /// SailPoint generated unique identifier.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Account's unique ID on the source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "nativeIdentifier")]
    pub native_identifier: String,
    /// Source ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceId")]
    pub source_id: String,
    /// Source name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceName")]
    pub source_name: String,
    /// ID of the identity correlated with the account.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "identityId")]
    pub identity_id: String,
    /// Name of the identity correlated with the account.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "identityName")]
    pub identity_name: String,
    /// Account attributes. The attributes' contents depend on the source's account schema.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceAccountDeleted {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub fn new(
        uuid: impl Into<String>,
        id: impl Into<String>,
        native_identifier: impl Into<String>,
        source_id: impl Into<String>,
        source_name: impl Into<String>,
        identity_id: impl Into<String>,
        identity_name: impl Into<String>,
        attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        SourceAccountDeleted {
            uuid: uuid.into(),
            id: id.into(),
            native_identifier: native_identifier.into(),
            source_id: source_id.into(),
            source_name: source_name.into(),
            identity_id: identity_id.into(),
            identity_name: identity_name.into(),
            attributes,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SourceAccountDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SourceAccountDeleted {
    const NAME: &'static str = "SourceAccountDeleted";

    #[inline]
    fn empty() -> Self {
        SourceAccountDeleted {
            uuid: Default::default(),
            id: Default::default(),
            native_identifier: Default::default(),
            source_id: Default::default(),
            source_name: Default::default(),
            identity_id: Default::default(),
            identity_name: Default::default(),
            attributes: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "uuid" => self.uuid = map.next_value_seed(crate::lenient::Text)?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "nativeIdentifier" => {
                self.native_identifier = map.next_value_seed(crate::lenient::Text)?;
            }
            "sourceId" => self.source_id = map.next_value_seed(crate::lenient::Text)?,
            "sourceName" => self.source_name = map.next_value_seed(crate::lenient::Text)?,
            "identityId" => self.identity_id = map.next_value_seed(crate::lenient::Text)?,
            "identityName" => {
                self.identity_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "attributes" => {
                self.attributes = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
