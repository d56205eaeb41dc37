//! `IntelIdentityAmbiguousBody`, from `apis/intelligence/schemas/intel-identity-ambiguous-body.yaml`.

use crate::models::{
    Errormessagedto, IntelIdentityAmbiguousBodyDetailCode,
    IntelIdentityAmbiguousCandidate,
};

/// `IntelIdentityAmbiguousBody` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IntelIdentityAmbiguousBody {
    /// Constant detail code indicating that more than one identity matched the filter.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "detailCode", skip_serializing_if = "Option::is_none")]
    pub detail_code: Option<IntelIdentityAmbiguousBodyDetailCode>,
    /// Unique tracking id for the error.
    #[serde(rename = "trackingId", skip_serializing_if = "Option::is_none")]
    pub tracking_id: Option<String>,
    /// Generic localized reason for error
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<Errormessagedto>>,
    /// Plain-text descriptive reasons to provide additional detail to the text provided in the messages field
    #[serde(skip_serializing_if = "Option::is_none")]
    pub causes: Option<Vec<Errormessagedto>>,
    /// Identities that matched the ambiguous filter expression.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub candidates: Vec<IntelIdentityAmbiguousCandidate>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IntelIdentityAmbiguousBody {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        detail_code: IntelIdentityAmbiguousBodyDetailCode,
        candidates: Vec<IntelIdentityAmbiguousCandidate>,
    ) -> Self {
        IntelIdentityAmbiguousBody {
            detail_code: Some(detail_code),
            tracking_id: None,
            messages: None,
            causes: None,
            candidates,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for IntelIdentityAmbiguousBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IntelIdentityAmbiguousBody {
    const NAME: &'static str = "IntelIdentityAmbiguousBody";

    #[inline]
    fn empty() -> Self {
        IntelIdentityAmbiguousBody {
            detail_code: None,
            tracking_id: None,
            messages: None,
            causes: None,
            candidates: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "detailCode" => self.detail_code = map.next_value()?,
            "trackingId" => {
                self.tracking_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "messages" => self.messages = map.next_value()?,
            "causes" => self.causes = map.next_value()?,
            "candidates" => {
                self.candidates = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
