//! `Correlationconfig`, from `apis/machine-identities/schemas/correlationconfig.yaml`.

use crate::models::{CorrelationconfigType, Correlationrule};

/// An ownership correlation config scoped to a source resource. Configs are of type OWNER_PRIMARY or OWNER_SECONDARY and drive how machine identity owners are correlated.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Correlationconfig {
    /// System-generated unique ID of the correlation config.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The source ID this config belongs to.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceId")]
    pub source_id: String,
    /// The source resource identifier for this config scope.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "resourceId")]
    pub resource_id: String,
    /// The correlation config type.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CorrelationconfigType>,
    /// JSON object of config attributes. May include syncPrimaryToMachineAccounts (boolean) on OWNER_PRIMARY only.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// The ordered set of correlation rules for this config.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub rules: Vec<Correlationrule>,
    /// Creation date of the config.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the config.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Correlationconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        source_id: impl Into<String>,
        resource_id: impl Into<String>,
        r#type: CorrelationconfigType,
        attributes: serde_json::Map<String, serde_json::Value>,
        rules: Vec<Correlationrule>,
    ) -> Self {
        Correlationconfig {
            id: id.into(),
            source_id: source_id.into(),
            resource_id: resource_id.into(),
            r#type: Some(r#type),
            attributes,
            rules,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Correlationconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Correlationconfig {
    const NAME: &'static str = "Correlationconfig";

    #[inline]
    fn empty() -> Self {
        Correlationconfig {
            id: Default::default(),
            source_id: Default::default(),
            resource_id: Default::default(),
            r#type: None,
            attributes: Default::default(),
            rules: Default::default(),
            created: None,
            modified: None,
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
            "sourceId" => self.source_id = map.next_value_seed(crate::lenient::Text)?,
            "resourceId" => self.resource_id = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value()?,
            "attributes" => {
                self.attributes = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "rules" => {
                self.rules = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
