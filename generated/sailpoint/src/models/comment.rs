//! `Comment`, from `apis/account-activities/schemas/comment.yaml`.

/// `Comment` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Comment {
    /// Id of the identity making the comment
    #[serde(rename = "commenterId", skip_serializing_if = "Option::is_none")]
    pub commenter_id: Option<String>,
    /// Human-readable display name of the identity making the comment
    #[serde(rename = "commenterName", skip_serializing_if = "Option::is_none")]
    pub commenter_name: Option<String>,
    /// Content of the comment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Date and time comment was made
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Comment {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Comment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Comment {
    const NAME: &'static str = "Comment";

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
            "commenterId" => {
                self.commenter_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "commenterName" => {
                self.commenter_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "body" => self.body = map.next_value_seed(crate::lenient::TextOption)?,
            "date" => self.date = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
