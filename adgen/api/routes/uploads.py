"""Product images for ``replace_product``: uploaded (multipart) or read from a link."""

from __future__ import annotations

import hashlib

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field, ValidationError
from starlette.datastructures import UploadFile

from adgen.api.auth import WriteKey
from adgen.api.problems import ApiProblem
from adgen.api.routes.common import idempotent_write, json_response
from adgen.api.routes.projects import product_asset
from adgen.api.services import services

router = APIRouter(prefix="/v1/uploads", tags=["uploads"])


class ImageLink(BaseModel):
    url: str = Field(min_length=1, max_length=2000)


@router.post(
    "",
    status_code=201,
    summary="Upload a product image (multipart 'image') or name one by link ({\"url\": …})",
    openapi_extra={
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {"image": {"type": "string", "format": "binary"}},
                    }
                },
                "application/json": {"schema": ImageLink.model_json_schema()},
            }
        }
    },
)
async def upload(request: Request, principal: WriteKey) -> Response:
    api = services(request)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    data = filename = url = None
    if kind == "multipart/form-data":
        form = await request.form(max_files=1, max_fields=5)
        image = form.get("image")
        if not isinstance(image, UploadFile):
            raise ApiProblem(422, "Send the image as the multipart field 'image'.")
        data, filename = await image.read(), image.filename
    elif kind == "application/json":
        try:
            url = ImageLink.model_validate_json(await request.body()).url
        except ValidationError:
            raise ApiProblem(
                422, 'Send {"url": "https://…"} naming the image, or upload it as multipart.'
            ) from None
    else:
        raise ApiProblem(415, "Send the image as multipart/form-data ('image'), or JSON with its url.")
    fp = {"image": hashlib.sha256(data).hexdigest() if data else None, "url": url}

    async def handler() -> Response:
        asset = await product_asset(api, data, filename, url)
        assert asset is not None
        return json_response({"asset": asset.model_dump(by_alias=True, mode="json")}, 201)

    return await idempotent_write(request, principal, fp, handler)


__all__ = ["router"]
