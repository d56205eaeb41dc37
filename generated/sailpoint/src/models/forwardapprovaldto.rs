//! `Forwardapprovaldto`, from `apis/access-request-approvals/schemas/forwardapprovaldto.yaml`.

/// `Forwardapprovaldto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Forwardapprovaldto {
    /// The Id of the new owner
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "newOwnerId")]
    pub new_owner_id: String,
    /// The comment provided by the forwarder
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub comment: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Forwardapprovaldto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(new_owner_id: impl Into<String>, comment: impl Into<String>) -> Self {
        Forwardapprovaldto {
            new_owner_id: new_owner_id.into(),
            comment: comment.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Forwardapprovaldto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Forwardapprovaldto {
    const NAME: &'static str = "Forwardapprovaldto";

    #[inline]
    fn empty() -> Self {
        Forwardapprovaldto {
            new_owner_id: Default::default(),
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
            "newOwnerId" => {
                self.new_owner_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "comment" => self.comment = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
