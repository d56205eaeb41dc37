//! `Record`, from `openapi.yaml#/components/schemas/Record`.

/// A plain struct with required and optional fields.
///
/// Field rules:
/// - `id` is assigned by the server
///   and never sent by the client
/// - `password` is only ever written
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Record {
    /// Server-assigned id.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name, shown as &lt;name> in <https://example.com/records>; see \[Naming\].
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Optional, may be null.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Required but may be null.
    #[serde(rename = "ownerId")]
    pub owner_id: Option<String>,
    /// Write-only secret.
    ///
    /// Write-only: sent, never returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Deprecated; use `name` instead.
    ///
    /// **Deprecated** in the spec.
    #[serde(rename = "legacyCode", skip_serializing_if = "Option::is_none")]
    pub legacy_code: Option<String>,
    /// Whether enabled. Defaults to true.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Priority between 1 and 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Record {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Record {
            id: None,
            name: name.into(),
            description: None,
            owner_id: None,
            password: None,
            legacy_code: None,
            enabled: None,
            priority: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Record {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Record {
    const NAME: &'static str = "Record";

    #[inline]
    fn empty() -> Self {
        Record {
            id: None,
            name: Default::default(),
            description: None,
            owner_id: None,
            password: None,
            legacy_code: None,
            enabled: None,
            priority: None,
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
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "ownerId" => self.owner_id = map.next_value_seed(crate::lenient::TextOption)?,
            "password" => {
                self.password = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "legacyCode" => {
                self.legacy_code = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "priority" => self.priority = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
