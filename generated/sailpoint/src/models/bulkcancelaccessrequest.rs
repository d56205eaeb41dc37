//! `Bulkcancelaccessrequest`, from `apis/access-requests/schemas/bulkcancelaccessrequest.yaml`.

/// Request body payload for bulk cancel access request endpoint.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Bulkcancelaccessrequest {
    /// List of access requests ids to cancel the pending requests
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "accessRequestIds")]
    pub access_request_ids: Vec<String>,
    /// Reason for cancelling the pending access request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub comment: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Bulkcancelaccessrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(access_request_ids: Vec<String>, comment: impl Into<String>) -> Self {
        Bulkcancelaccessrequest {
            access_request_ids,
            comment: comment.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Bulkcancelaccessrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Bulkcancelaccessrequest {
    const NAME: &'static str = "Bulkcancelaccessrequest";

    #[inline]
    fn empty() -> Self {
        Bulkcancelaccessrequest {
            access_request_ids: Default::default(),
            comment: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "accessRequestIds" => {
                self.access_request_ids = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "comment" => self.comment = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
