//! `CertificationSignedOff`, from `beta/schemas/trigger/example-input/CertificationSignedOff.yaml`.

use crate::models::CertificationSignedOffCertification;

/// `CertificationSignedOff` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CertificationSignedOff {
    /// Certification campaign that was signed off on.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certification: Option<CertificationSignedOffCertification>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CertificationSignedOff {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(certification: CertificationSignedOffCertification) -> Self {
        CertificationSignedOff {
            certification: Some(certification),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CertificationSignedOff {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CertificationSignedOff {
    const NAME: &'static str = "CertificationSignedOff";

    #[inline]
    fn empty() -> Self {
        CertificationSignedOff {
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
