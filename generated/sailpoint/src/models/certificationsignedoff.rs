//! `Certificationsignedoff`, from `apis/triggers/schemas/certificationsignedoff.yaml`.

use crate::models::CertificationsignedoffCertification;

/// `Certificationsignedoff` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Certificationsignedoff {
    /// The certification campaign that was signed off on.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certification: Option<CertificationsignedoffCertification>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Certificationsignedoff {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(certification: CertificationsignedoffCertification) -> Self {
        Certificationsignedoff {
            certification: Some(certification),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Certificationsignedoff {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Certificationsignedoff {
    const NAME: &'static str = "Certificationsignedoff";

    #[inline]
    fn empty() -> Self {
        Certificationsignedoff {
            certification: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "certification" => self.certification = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
