//! `MultihostintegrationsAccountsFile`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/accountsFile`.

/// Reference to accounts file for the source.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MultihostintegrationsAccountsFile {
    /// Name of the accounts file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The accounts file key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Date-time when the file was uploaded
    #[serde(rename = "uploadTime", skip_serializing_if = "Option::is_none")]
    pub upload_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Date-time when the accounts file expired.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiry: Option<chrono::DateTime<chrono::Utc>>,
    /// If this is true, it indicates that the accounts file has expired.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expired: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MultihostintegrationsAccountsFile {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for MultihostintegrationsAccountsFile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MultihostintegrationsAccountsFile {
    const NAME: &'static str = "MultihostintegrationsAccountsFile";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "key" => self.key = map.next_value_seed(crate::lenient::TextOption)?,
            "uploadTime" => {
                self.upload_time = map.next_value_seed(crate::datetime::Optional)?;
            }
            "expiry" => self.expiry = map.next_value_seed(crate::datetime::Optional)?,
            "expired" => self.expired = map.next_value_seed(crate::lenient::FlagOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
