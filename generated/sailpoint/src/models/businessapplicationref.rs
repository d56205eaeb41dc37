//! `Businessapplicationref`, from `apis/machine-identities/schemas/businessapplicationref.yaml`.

use crate::models::{
    BusinessapplicationrefType, Correlationtype, MachineIdentitiesSanctionedstatus,
};

/// Reference to a Business Application associated with a machine identity.
/// Available when Business Applications is enabled for the tenant.
/// At most one Business Application reference is supported per machine identity on create and patch.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Businessapplicationref {
    /// Reference type. Must be `BUSINESS_APPLICATION`.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<BusinessapplicationrefType>,
    /// Existing Business Application id in the tenant.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Business Application display name.
    /// Ignored on write; responses are enriched from the Business Application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Sanctioned status of the linked Business Application.
    /// Ignored on write; responses are enriched from the Business Application.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "sanctionedStatus", skip_serializing_if = "Option::is_none")]
    pub sanctioned_status: Option<MachineIdentitiesSanctionedstatus>,
    /// Correlation type for this reference.
    /// On write: omit or `MANUAL` (default). `AUTOMATIC` is rejected (`400`).
    /// On response: may be `MANUAL` or `AUTOMATIC`.
    #[serde(rename = "correlationType", skip_serializing_if = "Option::is_none")]
    pub correlation_type: Option<Correlationtype>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Businessapplicationref {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: BusinessapplicationrefType, id: impl Into<String>) -> Self {
        Businessapplicationref {
            r#type: Some(r#type),
            id: id.into(),
            name: None,
            sanctioned_status: None,
            correlation_type: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Businessapplicationref {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Businessapplicationref {
    const NAME: &'static str = "Businessapplicationref";

    #[inline]
    fn empty() -> Self {
        Businessapplicationref {
            r#type: None,
            id: Default::default(),
            name: None,
            sanctioned_status: None,
            correlation_type: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "sanctionedStatus" => self.sanctioned_status = map.next_value()?,
            "correlationType" => self.correlation_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
