import os

import httpx
import requests
from fastapi import APIRouter, HTTPException, UploadFile
from fastapi.responses import FileResponse

router = APIRouter(prefix="/files")
STORAGE = "/srv/inventory/files"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


@router.get("/download")
def download(name: str):
    return FileResponse(os.path.join(STORAGE, name))


@router.get("/thumbnail")
def thumbnail(name: str):
    return FileResponse(os.path.join(STORAGE, os.path.basename(name)))


@router.post("/upload")
async def upload(file: UploadFile):
    content = await file.read()
    if file.content_type == "image/png":
        with open(os.path.join(STORAGE, "latest.png"), "wb") as out:
            out.write(content)
    return {"size": len(content)}


@router.post("/upload-checked")
async def upload_checked(file: UploadFile):
    content = await file.read(MAX_UPLOAD_BYTES + 1)
    if len(content) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="file too large")
    return {"size": len(content)}


@router.get("/import")
async def import_from_url(url: str):
    async with httpx.AsyncClient() as client:
        response = await client.get(url)
    return {"status": response.status_code}


@router.get("/partner-status")
def partner_status():
    response = requests.get("https://partner.example.com/status", verify=False, timeout=5)
    return response.json()
