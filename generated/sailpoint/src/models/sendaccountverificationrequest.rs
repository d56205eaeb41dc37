//! `Sendaccountverificationrequest`, from `apis/identities/schemas/sendaccountverificationrequest.yaml`.

use crate::models::SendaccountverificationrequestVia;

/// `Sendaccountverificationrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sendaccountverificationrequest {
    /// The source name where identity account password should be reset
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// The method to send notification
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<SendaccountverificationrequestVia>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sendaccountverificationrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(via: SendaccountverificationrequestVia) -> Self {
        Sendaccountverificationrequest {
            source_name: None,
            via: Some(via),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Sendaccountverificationrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sendaccountverificationrequest {
    const NAME: &'static str = "Sendaccountverificationrequest";

    #[inline]
    fn empty() -> Self {
        Sendaccountverificationrequest {
            source_name: None,
            via: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "via" => self.via = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
