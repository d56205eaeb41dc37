//! `Jwk`, from `apis/shared-signals-framework-ssf/schemas/jwk.yaml`.

/// A single JSON Web Key used for verifying signed delivery requests.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Jwk {
    /// Algorithm intended for use with the key (e.g. RS256).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alg: Option<String>,
    /// RSA public exponent (Base64url encoded).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub e: Option<String>,
    /// Key ID - unique identifier for the key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kid: Option<String>,
    /// Key type (e.g. RSA).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kty: Option<String>,
    /// RSA modulus (Base64url encoded).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<String>,
    /// Intended use of the key (e.g. sig for signature verification).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#use: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Jwk {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Jwk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Jwk {
    const NAME: &'static str = "Jwk";

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
            "alg" => self.alg = map.next_value_seed(crate::lenient::TextOption)?,
            "e" => self.e = map.next_value_seed(crate::lenient::TextOption)?,
            "kid" => self.kid = map.next_value_seed(crate::lenient::TextOption)?,
            "kty" => self.kty = map.next_value_seed(crate::lenient::TextOption)?,
            "n" => self.n = map.next_value_seed(crate::lenient::TextOption)?,
            "use" => self.r#use = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
